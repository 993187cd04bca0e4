import Link from "next/link";

/** What every 404 says; the page around it decides whether it brings its own <main>. */
export function NotFoundMessage() {
  return (
    <>
      <h1 className="text-2xl font-semibold">Page not found</h1>
      <p className="mt-3 text-slate-700">This page does not exist, or you are not a member of the programme it belongs to.</p>
      <Link href="/programmes" className="mt-6 inline-block font-medium text-blue-800 underline">
        Go to my programmes
      </Link>
    </>
  );
}
