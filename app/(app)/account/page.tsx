import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { PageHeader } from "@/components/ui/page-header";
import { PasswordSection } from "@/components/account/password-form";

export const metadata: Metadata = { title: "Your account" };

// A plain list of sections, one per setting a person manages for themselves.
export default async function AccountPage() {
  const user = await requireUser();
  return (
    <>
      <PageHeader title="Your account" description={`Signed in as ${user.name} (${user.email}).`} />
      <div className="space-y-10">
        <PasswordSection email={user.email} />
      </div>
    </>
  );
}
