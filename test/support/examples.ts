import { listOperations, type OpenApiDocument } from "../../scripts/lib/openapi-document.js";
import { createBundleSchemaCompiler } from "./bundle-schemas.js";

/** One example in a bundle, with the schema it must satisfy and where it was found. */
export interface FoundExample {
  location: string;
  value: unknown;
  schema: unknown;
}

type Node = Record<string, unknown>;

/** Collects every example of a bundle: media types, parameters and schema `examples` lists. */
export function collectExamples(bundle: Node): FoundExample[] {
  const found: FoundExample[] = [];
  const components = (bundle.components ?? {}) as Record<string, Record<string, Node>>;

  for (const { path, method, operation } of listOperations(bundle as OpenApiDocument)) {
    const where = `${method.toUpperCase()} ${path}`;

    collectParameters(operation.parameters, where, found);
    collectContent((operation.requestBody as Node | undefined)?.content, `${where} request`, found);

    for (const [status, response] of Object.entries((operation.responses ?? {}) as Node)) {
      collectContent((response as Node).content, `${where} ${status} response`, found);
    }
  }

  collectParameters(Object.values(components.parameters ?? {}), "components.parameters", found);

  for (const [name, response] of Object.entries(components.responses ?? {})) {
    collectContent(response.content, `components.responses.${name}`, found);
  }

  for (const [name, schema] of Object.entries(components.schemas ?? {})) {
    collectSchemaExamples(schema, `components.schemas.${name}`, found);
  }

  return found;
}

function collectParameters(parameters: unknown, where: string, found: FoundExample[]): void {
  for (const parameter of (parameters ?? []) as Node[]) {
    const location = `${where} parameter ${String(parameter.name ?? parameter.$ref)}`;

    if ("example" in parameter) {
      found.push({ location, value: parameter.example, schema: parameter.schema });
    }

    for (const [name, example] of Object.entries((parameter.examples ?? {}) as Node)) {
      found.push({
        location: `${location} (${name})`,
        value: (example as Node).value,
        schema: parameter.schema,
      });
    }
  }
}

function collectContent(content: unknown, where: string, found: FoundExample[]): void {
  for (const [mediaType, media] of Object.entries((content ?? {}) as Record<string, Node>)) {
    if ("example" in media) {
      found.push({ location: `${where} ${mediaType}`, value: media.example, schema: media.schema });
    }

    for (const [name, example] of Object.entries((media.examples ?? {}) as Node)) {
      const location = `${where} ${mediaType} example \`${name}\``;

      found.push({ location, value: (example as Node).value, schema: media.schema });
    }
  }
}

function collectSchemaExamples(schema: unknown, where: string, found: FoundExample[]): void {
  if (!schema || typeof schema !== "object") {
    return;
  }

  const node = schema as Node;

  if (Array.isArray(node.examples)) {
    node.examples.forEach((value, index) => {
      found.push({ location: `${where} examples[${index}]`, value, schema: node });
    });
  }

  for (const [name, property] of Object.entries((node.properties ?? {}) as Node)) {
    collectSchemaExamples(property, `${where}.${name}`, found);
  }

  for (const key of ["items", "additionalProperties"]) {
    collectSchemaExamples(node[key], `${where}.${key}`, found);
  }

  for (const key of ["allOf", "anyOf", "oneOf"]) {
    ((node[key] ?? []) as unknown[]).forEach((part, index) => {
      collectSchemaExamples(part, `${where}.${key}[${index}]`, found);
    });
  }
}

/** Validates examples against their schemas (JSON Schema 2020-12); one line per failure. */
export function validateExamples(bundle: Node, examples: FoundExample[]): string[] {
  const compile = createBundleSchemaCompiler(bundle);

  return examples.flatMap(({ location, value, schema }) => {
    const validate = compile(schema);

    if (validate(value)) {
      return [];
    }

    const reasons = (validate.errors ?? []).map(
      (error) => `${error.instancePath || "(root)"} ${error.message ?? "is invalid"}`,
    );

    return [`${location}: ${reasons.join("; ")}`];
  });
}
