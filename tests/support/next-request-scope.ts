// Vitest setup file of the integration project: server actions and pages called directly by tests
// run outside a Next.js request, where `cookies()` and `headers()` throw. This gives every test a
// request of its own: an empty header set and a cookie jar that starts empty in each test.
import { beforeEach, vi } from "vitest";

type Cookie = { name: string; value: string };
const jar = vi.hoisted(() => new Map<string, { name: string; value: string }>());

vi.mock("next/headers", () => ({
  headers: async () => new Headers(),
  cookies: async () => ({
    get: (name: string) => jar.get(name),
    getAll: () => [...jar.values()],
    has: (name: string) => jar.has(name),
    set: (nameOrCookie: string | Cookie, value?: string) => {
      const cookie = typeof nameOrCookie === "string" ? { name: nameOrCookie, value: value ?? "" } : nameOrCookie;
      jar.set(cookie.name, { name: cookie.name, value: cookie.value });
    },
    delete: (name: string) => jar.delete(name),
  }),
}));

beforeEach(() => jar.clear());
