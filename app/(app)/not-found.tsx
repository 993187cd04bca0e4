import { NotFoundMessage } from "@/components/ui/not-found-message";

// A 404 inside the signed-in app (a programme page an outsider asks for) renders within the app
// layout, which already has the <main> landmark: a second, nested <main> would break landmark rules.
// Addresses outside the app get app/not-found.tsx, which brings its own <main>.
export default function AppNotFound() {
  return (
    <div className="mx-auto max-w-xl px-6 py-24 text-center">
      <NotFoundMessage />
    </div>
  );
}
