// Names sort as people read them in every language: "Łódź" with the L names (not after Z), accents
// and case second — in the database (paged lists sort there), by CLDR's root collation, which every
// language's collation refines (Polish puts Ł after all other L's; root only after "Lo" < "Łó" < "Lu").
import { beforeEach, describe, expect, it } from "vitest";
import { createInstitution } from "@/tests/factories";
import { resetDatabase } from "@/tests/support/database";
import { listInstitutionsForAdmin } from "@/lib/admin/data";

beforeEach(() => resetDatabase());

describe("sorting names", () => {
  it("puts Łódź with L, Ålborg with A and lower case beside upper case, in paged lists", async () => {
    for (const name of [
      "Zagreb University",
      "Łódź University of Technology",
      "Lublin University",
      "Madrid University",
      "Ålborg University",
      "aalto University",
    ]) {
      await createInstitution({ name });
    }
    const { rows } = await listInstitutionsForAdmin({ q: "", page: 1 });
    expect(rows.map((row) => row.name)).toEqual([
      "aalto University",
      "Ålborg University",
      "Łódź University of Technology",
      "Lublin University",
      "Madrid University",
      "Zagreb University",
    ]);
  });
});
