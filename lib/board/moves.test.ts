import { describe, expect, it } from "vitest";
import { createTranslator } from "next-intl";
import { LOCALES } from "@/lib/i18n/locales";
import { loadMessages } from "@/lib/i18n/messages";
import type { Message } from "@/lib/i18n/message";
import { inEnglish } from "@/tests/support/english";
import { canMoveTo, CLOSE_UNRESOLVED_HINT, MOVE_KEYS, moveControls, neighbourColumn } from "./moves";

describe("board moves", () => {
  it("lets a Resolved card move on to Closed, and nothing else reach Closed by a move", () => {
    expect(neighbourColumn("RESOLVED", 1)).toBe("CLOSED");
    expect(canMoveTo("RESOLVED", "CLOSED")).toBe(true);
    expect(canMoveTo("OPEN", "CLOSED")).toBe(false);
    expect(canMoveTo("WAITING_ON_PARTNER", "CLOSED")).toBe(false);
    expect(neighbourColumn("CLOSED", -1)).toBeNull();
    expect(neighbourColumn("OPEN", -1)).toBeNull();
  });

  it("says so on a Resolved card's control", () => {
    const next = moveControls({ number: 7, status: "RESOLVED" }, 0, 1).find((c) => c.kind === "next")!;
    expect(next.toStatus).toBe("CLOSED");
    expect(inEnglish(next.visible)).toBe("Closed");
    expect(inEnglish(next.label)).toBe("Move #7 to Closed (it stays resolved)");
  });

  it("names each control, and says why one is not possible", () => {
    const said = moveControls({ number: 1234, status: "OPEN" }, 0, 2).map((c) => ({
      visible: inEnglish(c.visible),
      label: inEnglish(c.label),
      unavailable: c.unavailable && inEnglish(c.unavailable),
    }));
    expect(said).toEqual([
      { visible: "Back", label: "Back: #1234 is in the first column", unavailable: "#1234 is in the first column." },
      { visible: "In progress", label: "Move #1234 to In progress", unavailable: undefined },
      { visible: "Up", label: "Move #1234 up (it is already first)", unavailable: "#1234 is already first." },
      { visible: "Down", label: "Move #1234 down", unavailable: undefined },
    ]);
    expect(inEnglish(CLOSE_UNRESOLVED_HINT)).toMatch(/^Only a resolved issue moves to Closed\./);
  });

  it.each(LOCALES)("gives every control an accessible name that contains its visible text (%s)", async (locale) => {
    const t = createTranslator({ locale, messages: await loadMessages(locale) });
    const say = (message: Message) => t(message.key, message.values);
    for (const status of ["OPEN", "IN_PROGRESS", "WAITING_ON_PARTNER", "RESOLVED"] as const)
      for (const [index, count] of [
        [0, 1],
        [0, 3],
        [1, 3],
        [2, 3],
      ] as const)
        for (const control of moveControls({ number: 12, status }, index, count))
          expect(say(control.label).toLowerCase()).toContain(say(control.visible).toLowerCase());
  });

  it("maps the four arrow keys to the four moves", () => {
    expect(MOVE_KEYS).toEqual({ ArrowLeft: "prev", ArrowRight: "next", ArrowUp: "up", ArrowDown: "down" });
  });
});
