// Prisma's schema engine as WebAssembly, driven against an in-memory PGlite database.
// The native engine cannot be downloaded on these machines; this one ships in an npm package and
// needs no server, and PGlite provides the shadow database the engine asks for.
import { readFile, readdir } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { btree_gin } from "@electric-sql/pglite/contrib/btree_gin";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import * as engineGlue from "@prisma/schema-engine-wasm/schema_engine_bg";
import { migrationsDir, schemaPath } from "./paths.ts";
import type { MigrationList, SchemaEngine } from "@prisma/schema-engine-wasm";

const require = createRequire(import.meta.url);

async function loadEngineClass(): Promise<typeof SchemaEngine> {
  // The package does not export the .wasm file; find it beside the glue module.
  const wasmPath = path.join(path.dirname(require.resolve("@prisma/schema-engine-wasm")), "schema_engine_bg.wasm");
  const bytes = await readFile(wasmPath);
  const glue = engineGlue as unknown as Record<string, unknown> & {
    __wbg_set_wasm(exports: WebAssembly.Exports): void;
    SchemaEngine: typeof SchemaEngine;
  };
  // wasm-bindgen's glue imports itself under this module name.
  const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": glue as WebAssembly.ModuleImports });
  glue.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return glue.SchemaEngine;
}

// The wasm-bindgen glue is a module singleton: instantiate the module once per process.
let engineClass: Promise<typeof SchemaEngine> | undefined;

export async function withSchemaEngine<T>(work: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  const Engine = await (engineClass ??= loadEngineClass());
  // Both databases load the extensions the migrations create (btree_gin); the adapter's own shadow
  // database would be a PGlite without them.
  const pglite = new PGlite({ extensions: { btree_gin } });
  const shadow = new PGlite({ extensions: { btree_gin } });
  const factory = new PrismaPGlite(pglite);
  factory.connectToShadowDb = () => new PrismaPGlite(shadow).connect();
  // The engine expects the error-capturing wrapper Prisma's own CLI puts around an adapter.
  const adapter = bindMigrationAwareSqlAdapterFactory(factory);
  const engine = await Engine.new({ datamodels: undefined }, () => {}, adapter);
  try {
    return await work(engine);
  } finally {
    engine.free();
    await Promise.all([pglite.close(), shadow.close()]);
  }
}

export async function readMigrationList(): Promise<MigrationList> {
  const entries = await readdir(migrationsDir, { withFileTypes: true }).catch(() => []);
  const folders = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  const lockPath = path.join(migrationsDir, "migration_lock.toml");
  return {
    baseDir: migrationsDir,
    lockfile: { path: "migration_lock.toml", content: await readFile(lockPath, "utf8").catch(() => null) },
    shadowDbInitScript: "",
    migrationDirectories: await Promise.all(
      folders.map(async (folder) => ({
        path: folder,
        migrationFile: {
          path: "migration.sql",
          content: { tag: "ok" as const, value: await readFile(path.join(migrationsDir, folder, "migration.sql"), "utf8") },
        },
      })),
    ),
  };
}

/**
 * The SQL that would take a database built from the checked-in migrations to schema.prisma
 * (or to `schema`, the text of another schema file: the migrations test proves a drift is seen).
 */
export async function diffMigrationsToSchema(schemaText?: string): Promise<string> {
  const schema = schemaText ?? (await readFile(schemaPath, "utf8"));
  const migrations = await readMigrationList();
  return withSchemaEngine(async (engine) => {
    const result = await engine.diff({
      from: migrations.migrationDirectories.length ? { tag: "migrations", ...migrations } : { tag: "empty" },
      to: { tag: "schemaDatamodel", files: [{ path: schemaPath, content: schema }] },
      script: true,
      exitCode: null,
      filters: { externalTables: [], externalEnums: [] },
    });
    return result.stdout ?? "";
  });
}
