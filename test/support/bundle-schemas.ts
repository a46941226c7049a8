import Ajv2020 from "ajv/dist/2020.js";
import type { ValidateFunction } from "ajv";
import addFormats from "ajv-formats";

const bundleId = "https://crmcom-netflix-api.test/bundle.json";

/** Compiles one schema of a bundle, its local references resolved against that bundle. */
export type BundleSchemaCompiler = (schema: unknown) => ValidateFunction;

/**
 * Returns a compiler for the schemas of a bundle: JSON Schema 2020-12 with formats, the bundle's
 * components registered so that `#/components/...` references resolve from anywhere.
 */
export function createBundleSchemaCompiler(bundle: { components?: unknown }): BundleSchemaCompiler {
  // OpenAPI adds keywords such as `example` that strict mode would refuse.
  const ajv = new Ajv2020.default({ strict: false, allErrors: true });

  addFormats.default(ajv);
  ajv.addSchema({ $id: bundleId, components: bundle.components ?? {} });

  return (schema) => ajv.compile(pointIntoBundle(schema ?? {}) as object);
}

/** A copy of a schema whose local references point into the registered bundle. */
function pointIntoBundle(schema: unknown): unknown {
  if (Array.isArray(schema)) {
    return schema.map(pointIntoBundle);
  }

  if (typeof schema !== "object" || schema === null) {
    return schema;
  }

  return Object.fromEntries(
    Object.entries(schema).map(([key, value]) =>
      key === "$ref" && typeof value === "string" && value.startsWith("#/")
        ? [key, `${bundleId}${value}`]
        : [key, pointIntoBundle(value)],
    ),
  );
}
