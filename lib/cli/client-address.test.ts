import { describe, expect, it } from "vitest";
import { clientAddress } from "./client-address.mjs";

describe("clientAddress (sign-in throttling per client address)", () => {
  it("uses the socket address when no proxy is trusted, whatever the client sends", () => {
    expect(clientAddress("9.9.9.9", "203.0.113.7", 0)).toBe("203.0.113.7");
    expect(clientAddress(undefined, "203.0.113.7", 0)).toBe("203.0.113.7");
  });
  it("takes the entry the trusted proxy appended, ignoring forged entries to its left", () => {
    // client forged 9.9.9.9; the proxy (socket 10.0.0.2) appended the real client 198.51.100.4
    expect(clientAddress("9.9.9.9, 198.51.100.4", "10.0.0.2", 1)).toBe("198.51.100.4");
    expect(clientAddress("198.51.100.4, 10.0.0.9", "10.0.0.2", 2)).toBe("198.51.100.4");
  });
  it("never runs off the start of the chain", () => {
    expect(clientAddress("", "10.0.0.2", 3)).toBe("10.0.0.2");
  });
});
