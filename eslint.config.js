// ESLint flat config: `npm run lint` (eslint .). Type-aware TypeScript rules, React hooks rules,
// and the layering rule from HOUSE-STYLE: only data.ts / mutations.ts touch the database.
import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

const DATABASE_IMPORTS = {
  paths: [
    {
      name: "@/lib/db",
      message: "Only lib/<domain>/data.ts and mutations.ts may use the database: call a data/mutation function instead.",
    },
  ],
  patterns: [
    {
      group: ["**/generated/prisma/client", "@/lib/generated/prisma/client"],
      // Types are harmless; the runtime client is the database.
      allowTypeImports: true,
      message: "Only lib/<domain>/data.ts and mutations.ts may use the Prisma client. Enums come from @/lib/generated/prisma/enums.",
    },
    {
      group: ["**/lib/db", "**/lib/db.ts", "../db", "./db"],
      message: "Only lib/<domain>/data.ts and mutations.ts may use the database: call a data/mutation function instead.",
    },
  ],
};

export default tseslint.config(
  {
    ignores: [
      "lib/generated/**",
      ".next/**",
      ".next-*/**",
      "node_modules/**",
      ".data/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
      "tmp/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ["*.js", "*.mjs", "prisma/*.mjs", "lib/cli/*.mjs"] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
  },
  reactHooks.configs.flat.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
      // Server actions and form handlers are async by design; a promise handed to an event prop is fine.
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { attributes: false } }],
      "@typescript-eslint/no-restricted-imports": ["error", DATABASE_IMPORTS],
    },
  },
  {
    files: ["**/data.ts", "**/data/*.ts", "**/targets.ts", "**/mutations.ts", "**/mutations/*.ts", "lib/db.ts", "tests/**", "prisma/**"],
    rules: { "@typescript-eslint/no-restricted-imports": "off" },
  },
  {
    // expect.any()/objectContaining() are typed `any`, and tests stub async interfaces.
    files: ["tests/**", "**/*.test.ts", "**/*.test.tsx"],
    rules: {
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/require-await": "off",
    },
  },
  {
    // Plain JavaScript config files: no type information to lint with.
    files: ["**/*.js", "**/*.mjs", "**/*.cjs"],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { globals: { process: "readonly", console: "readonly", URL: "readonly" } },
  },
);
