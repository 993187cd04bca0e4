import type { Metadata } from "next";
import { getResetLink } from "@/lib/accounts/data";
import { getT } from "@/lib/i18n/server";
import { AuthFrame } from "@/components/accounts/auth-frame";
import { LinkProblem } from "@/components/accounts/link-problem";
import { NewPasswordForm } from "@/components/accounts/new-password-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT("passwordReset");
  return { title: t("reset.title") };
}

/**
 * The link of a "Forgot password?" e-mail: choose a new password. A link that does not work (any
 * more) gets a plain page saying why, with the way to ask for a new one; nothing is changed.
 */
export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [link, t] = await Promise.all([getResetLink(token), getT("passwordReset")]);
  if (link.problem) {
    const { problem } = link;
    return (
      <AuthFrame title={t(`problem.${problem}.title`)}>
        <LinkProblem
          body={t(`problem.${problem}.body`)}
          ways={[
            { href: "/forgot-password", label: t("problem.askAgain") },
            { href: "/login", label: t("problem.signIn") },
          ]}
        />
      </AuthFrame>
    );
  }
  return (
    <AuthFrame title={t("reset.title")} intro={t("reset.intro", { email: link.email })}>
      <NewPasswordForm purpose="reset" token={token} email={link.email} />
    </AuthFrame>
  );
}
