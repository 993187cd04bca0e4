import type { ReactNode } from "react";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { getT } from "@/lib/i18n/server";

type DataTableColumn = { label: string; numeric?: boolean };

/** A bordered, horizontally scrolling table with a screen-reader caption and column headers; rows are the children. */
export async function DataTable({
  caption,
  columns,
  children,
}: {
  caption: string;
  columns: readonly DataTableColumn[];
  children: ReactNode;
}) {
  const t = await getT("common");
  return (
    <ScrollRegion label={t("dataTable.scrollsSideways", { caption })} className="rounded-lg border border-slate-300 bg-white">
      <table className="min-w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-100 text-slate-800">
          <tr>
            {columns.map((column) => (
              <th key={column.label} scope="col" className={`px-4 py-2 font-semibold${column.numeric ? "text-right" : ""}`}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">{children}</tbody>
      </table>
    </ScrollRegion>
  );
}
