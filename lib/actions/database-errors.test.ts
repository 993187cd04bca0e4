import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable, isUniqueViolation } from "./database-errors";

// Shapes copied from what @prisma/adapter-pg 7.10 produced while tests/faults/outage.ts stopped
// and restarted PostgreSQL under the running app.
function prismaError(code: string, driverCause?: Record<string, unknown>) {
  return Object.assign(new Error("\nInvalid `prisma.user.findUnique()` invocation:\n\n"), {
    name: "PrismaClientKnownRequestError",
    code,
    meta: driverCause
      ? {
          modelName: "User",
          driverAdapterError: Object.assign(new Error(typeof driverCause.message === "string" ? driverCause.message : ""), {
            name: "DriverAdapterError",
            cause: driverCause,
          }),
        }
      : { modelName: "User" },
  });
}

describe("isDatabaseUnavailable", () => {
  it("recognises the errors of a database that is down, stopping or starting", () => {
    expect(isDatabaseUnavailable(prismaError("P1001", { kind: "DatabaseNotReachable", host: "127.0.0.1", port: 5432 }))).toBe(true);
    expect(
      isDatabaseUnavailable(
        prismaError("P2039", { kind: "postgres", code: "57P03", originalCode: "57P03", message: "the database system is shutting down" }),
      ),
    ).toBe(true);
    expect(
      isDatabaseUnavailable(prismaError("P2039", { kind: "postgres", code: "57P03", message: "the database system is starting up" })),
    ).toBe(true);
    expect(
      isDatabaseUnavailable(
        prismaError("P2039", { kind: "postgres", code: "57P01", message: "terminating connection due to administrator command" }),
      ),
    ).toBe(true);
    expect(isDatabaseUnavailable(prismaError("P1017", { kind: "ConnectionClosed" }))).toBe(true);
    // Prisma's interactive transaction that got no connection in maxWait (or ran past its timeout).
    expect(isDatabaseUnavailable(prismaError("P2028"))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" }))).toBe(true);
    expect(isDatabaseUnavailable(new Error("wrapped", { cause: new Error("Connection terminated unexpectedly") }))).toBe(true);
  });

  it("does not hide real bugs or expected database errors behind 'unavailable'", () => {
    expect(isDatabaseUnavailable(prismaError("P2002", { kind: "UniqueConstraintViolation", constraint: { fields: ["email"] } }))).toBe(
      false,
    );
    expect(
      isDatabaseUnavailable(
        prismaError("P2039", { kind: "postgres", code: "P0001", message: "The audit log is append-only: DELETE is not allowed" }),
      ),
    ).toBe(false);
    expect(isDatabaseUnavailable(new TypeError("Cannot read properties of undefined (reading 'id')"))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
    expect(isDatabaseUnavailable("ECONNREFUSED")).toBe(false);
  });
});

describe("isUniqueViolation", () => {
  it("recognises Prisma's P2002 and PostgreSQL's 23505, also wrapped by the driver adapter", () => {
    expect(isUniqueViolation({ code: "P2002" })).toBe(true);
    expect(isUniqueViolation({ code: "23505" })).toBe(true);
    expect(isUniqueViolation({ code: "P2010", meta: { driverAdapterError: { cause: { originalCode: "23505" } } } })).toBe(true);
    expect(isUniqueViolation({ code: "P2003" })).toBe(false);
    expect(isUniqueViolation(new Error("duplicate"))).toBe(false);
    expect(isUniqueViolation(null)).toBe(false);
  });
});
