import Link from "next/link";

// A 404 inside the signed-in app (a programme page an outsider asks for) renders within the app
// layout, which already has the <main> landmark: a second, nested <main> would break landmark rules.
// Addresses outside the app get app/not-found.tsx, which brings its own <main>.
export default function AppNotFound() {
  return (
    <div className="mx-auto max-w-xl px-6 py-24 text-center">
      <h1 className="text-2xl font-semibold">Page not found</h1>
      <p className="mt-3 text-slate-700">This page does not exist, or you are not a member of the programme it belongs to.</p>
      <Link href="/programmes" className="mt-6 inline-block font-medium text-blue-800 underline">
        Go to my programmes
      </Link>
    </div>
  );
}
