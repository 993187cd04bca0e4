import Link from "next/link";

export default function NotFound() {
  return (
    <main id="main" className="mx-auto max-w-xl px-6 py-24 text-center">
      <h1 className="text-2xl font-semibold">Page not found</h1>
      <p className="mt-3 text-slate-700">This page does not exist, or you are not a member of the programme it belongs to.</p>
      <Link href="/programmes" className="mt-6 inline-block font-medium text-blue-800 underline">
        Go to my programmes
      </Link>
    </main>
  );
}
