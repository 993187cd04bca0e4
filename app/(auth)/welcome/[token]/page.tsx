import type { Metadata } from "next";
import { getWelcomeLink } from "@/lib/accounts/data";
import type { LinkProblem as Problem } from "@/lib/accounts/link-state";
import { currentUser } from "@/lib/auth/session";
import { getSay, getT } from "@/lib/i18n/server";
import { nameServices } from "@/lib/programmes/members/consequences";
import { AuthFrame } from "@/components/accounts/auth-frame";
import { LinkProblem, type WayForward } from "@/components/accounts/link-problem";
import { NewPasswordForm } from "@/components/accounts/new-password-form";
import { SignOutToLink } from "@/components/accounts/sign-out-to-link";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT("invitations");
  return { title: t("welcome.metaTitle") };
}

/**
 * The link of an invitation e-mail (or of an account a platform admin created): "Welcome to
 * <programme>", who invited the person and to what, and their first password, which also accepts
 * the invitations. A link that does not work gets a plain page saying why and whom to ask.
 */
export default async function WelcomePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [link, signedIn, t, say] = await Promise.all([getWelcomeLink(token), currentUser(), getT("invitations"), getSay()]);
  const asker = { known: link.inviterName ? "yes" : "no", inviter: link.inviterName ?? "" } as const;

  const problemPage = (problem: Problem) => {
    const ways: WayForward[] =
      problem === "otherUser"
        ? [{ form: <SignOutToLink link={`/welcome/${token}`} /> }]
        : problem === "used"
          ? [
              { href: "/login", label: t("problem.signIn") },
              { href: "/forgot-password", label: t("problem.forgotPassword") },
            ]
          : [{ href: "/login", label: t("problem.signIn") }];
    return (
      <AuthFrame title={t(`problem.${problem}.title`)}>
        <LinkProblem body={t(`problem.${problem}.body`, { ...asker, email: signedIn?.email ?? "" })} ways={ways} />
      </AuthFrame>
    );
  };
  if (link.problem) return problemPage(link.problem);
  // Someone else signed in in this browser: the link is not theirs to use (nor to read whom it invites).
  if (signedIn && signedIn.id !== link.userId) return problemPage("otherUser");

  const [only, ...more] = link.invitations;
  const title = only && more.length === 0 ? t("welcome.titleProgramme", { programme: only.programme.title }) : t("welcome.title");
  return (
    <AuthFrame
      wide
      title={title}
      intro={link.invitations.length > 0 ? t("welcome.introJoin", { name: link.user.name }) : t("welcome.intro", { name: link.user.name })}
    >
      {link.invitations.length > 0 && (
        <section aria-labelledby="invited-to" className="mt-6 rounded-lg border border-slate-300 bg-white p-4 text-sm shadow-sm">
          <h2 id="invited-to" className="font-semibold text-slate-900">
            {t("welcome.invitedTo")}
          </h2>
          <ul className="mt-2 space-y-2">
            {link.invitations.map((invitation) => {
              const services = nameServices(invitation.services, say);
              return (
                <li key={invitation.id} className="text-slate-800">
                  <span className="font-medium text-slate-900">{invitation.programme.title}</span>
                  <span className="block">
                    {t("mine.offer", {
                      inviter: invitation.invitedBy.name,
                      role: invitation.role,
                      institution: invitation.institution.name,
                      hasServices: services ? "yes" : "no",
                      services,
                    })}
                  </span>
                </li>
              );
            })}
          </ul>
        </section>
      )}
      <p className="mt-4 text-center text-sm text-slate-700">{t("welcome.account", { email: link.user.email })}</p>
      <NewPasswordForm purpose="welcome" token={token} email={link.user.email} joins={link.invitations.length > 0} />
    </AuthFrame>
  );
}
