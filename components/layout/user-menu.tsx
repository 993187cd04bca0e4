import { signOutEverywhere, signOutHere } from "@/lib/auth/actions";
import Link from "next/link";
import { Button } from "@/components/ui/button";

export function UserMenu({ name, email }: { name: string; email: string }) {
  return (
    <div className="flex flex-wrap items-center gap-3 text-sm">
      <span className="text-slate-800">
        <span className="font-medium">{name}</span> <span className="text-slate-600">({email})</span>
      </span>
      <Link href="/account" className="font-medium text-blue-800 underline hover:text-blue-900">
        Your account
      </Link>
      <form action={signOutHere}>
        <Button type="submit" variant="secondary" size="sm">
          Sign out
        </Button>
      </form>
      <form action={signOutEverywhere}>
        <Button type="submit" variant="ghost" size="sm" title="End your sessions in every browser">
          Sign out everywhere
        </Button>
      </form>
    </div>
  );
}
