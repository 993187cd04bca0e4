import { renderMarkdown } from "@/lib/advice/markdown";
import { getT } from "@/lib/i18n/server";

/** Advice details rendered from Markdown on the server; the renderer escapes all HTML. */
export async function MarkdownView({ source, className = "" }: { source: string; className?: string }) {
  if (!source.trim()) {
    const t = await getT("advice");
    return <p className="text-sm text-slate-700 italic">{t("markdown.empty")}</p>;
  }
  return (
    <div
      className={`max-w-none space-y-3 text-sm leading-relaxed text-slate-900 [&_a]:text-blue-800 [&_a]:underline [&_blockquote]:border-l-4 [&_blockquote]:border-slate-300 [&_blockquote]:pl-3 [&_code]:rounded [&_code]:bg-slate-100 [&_code]:px-1 [&_h1]:text-lg [&_h1]:font-semibold [&_h2]:text-base [&_h2]:font-semibold [&_h3]:font-semibold [&_ol]:list-decimal [&_ol]:pl-6 [&_pre]:overflow-x-auto [&_pre]:rounded [&_pre]:bg-slate-100 [&_pre]:p-3 [&_table]:border-collapse [&_td]:border [&_td]:border-slate-300 [&_td]:px-2 [&_th]:border [&_th]:border-slate-300 [&_th]:px-2 [&_ul]:list-disc [&_ul]:pl-6 ${className}`}
      // Safe: renderMarkdown runs markdown-it with html:false and a link allow-list (see its tests).
      dangerouslySetInnerHTML={{ __html: renderMarkdown(source) }}
    />
  );
}
