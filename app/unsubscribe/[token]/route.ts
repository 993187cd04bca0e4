import { unsubscribeByToken } from "@/lib/notifications/inbox/mutations";
import { msg } from "@/lib/i18n/message";
import { getSay } from "@/lib/i18n/server";

export const dynamic = "force-dynamic";

// The address in every e-mail's unsubscribe link and List-Unsubscribe header (unsubscribePath()).
// GET — a person's click, or a mail scanner fetching links ahead of them — only leads to the page
// that asks for confirmation: a GET changes nothing. POST is RFC 8058's one-click unsubscribe, sent
// by the mail client with the body "List-Unsubscribe=One-Click" and no cookies: it changes the
// preference at once. The signed token is the only credential either needs.

type Context = { params: Promise<{ token: string }> };

const NO_STORE = { "Cache-Control": "no-store" };

export async function GET(_request: Request, { params }: Context) {
  const { token } = await params;
  return new Response(null, {
    status: 303,
    headers: { Location: `/unsubscribe/${encodeURIComponent(token)}/confirm`, ...NO_STORE },
  });
}

export async function POST(request: Request, { params }: Context) {
  const { token } = await params;
  const say = await getSay();
  const answer = (status: number, text: string) =>
    new Response(text, { status, headers: { "Content-Type": "text/plain; charset=utf-8", ...NO_STORE } });
  const form = await request.formData().catch(() => null);
  if (form?.get("List-Unsubscribe") !== "One-Click") return answer(400, say(msg("inbox.unsubscribe.oneClickOnly")));
  const outcome = await unsubscribeByToken(token);
  if (!outcome) return answer(404, say(msg("inbox.unsubscribe.invalid")));
  return answer(200, say(msg("inbox.unsubscribe.oneClickDone")));
}
