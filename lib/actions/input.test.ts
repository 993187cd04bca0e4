import { describe, expect, it } from "vitest";
import { typedValues } from "./input";

describe("typedValues: what a refused form gets back", () => {
  it("keeps text fields and ticked checkbox groups, as typed", () => {
    const form = new FormData();
    form.set("title", "  Grading scale ");
    form.append("services[]", "LEGAL");
    form.append("services[]", "IT");
    form.set("share", "on");
    expect(typedValues(form)).toEqual({ title: "  Grading scale ", services: ["LEGAL", "IT"], share: "on" });
  });

  it("never sends back passwords, files or Next.js's own fields", () => {
    const form = new FormData();
    form.set("password", "secret one");
    form.set("currentPassword", "secret two");
    form.set("attachments", new File(["x"], "x.pdf"));
    form.set("$ACTION_ID_abc", "");
    form.set("name", "Ada");
    expect(typedValues(form)).toEqual({ name: "Ada" });
  });

  it("is absent for calls that were not a form submission", () => {
    expect(typedValues({ title: "from code" })).toBeUndefined();
  });
});
