import { appUrl } from "@/lib/mail/config";

const URL_PATTERN = /(https?:\/\/[^\s<>"]+)/g;

/** An e-mail's plain-text body as sent, with links into Consort made clickable. */
export function EmailText({ text }: { text: string }) {
  const own = appUrl();
  return (
    <pre className="overflow-x-auto rounded-md border border-slate-300 bg-slate-50 p-4 font-sans text-sm break-words whitespace-pre-wrap text-slate-900">
      {text.split(URL_PATTERN).map((part, index) =>
        index % 2 === 1 ? (
          <a key={index} href={part.startsWith(own) ? part.slice(own.length) || "/" : part} className="break-all text-blue-800 underline">
            {part}
          </a>
        ) : (
          part
        ),
      )}
    </pre>
  );
}
