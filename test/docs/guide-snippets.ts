import type { Guide } from "../../scripts/lib/docs-guides.js";

/** One TypeScript code block of a guide. */
export interface Snippet {
  guide: string;
  index: number;
  code: string;
}

const fencePattern = /```ts\n([\s\S]*?)```/g;

/** Every ```ts block of the guides, in order. */
export function extractSnippets(guides: Guide[]): Snippet[] {
  return guides.flatMap((guide) =>
    [...guide.body.matchAll(fencePattern)].map((match, index) => ({
      guide: guide.slug,
      index,
      code: match[1]!,
    })),
  );
}

// What the guides' snippets take for granted: a client, and the reader's own data and billing.
const preamble = `import { createNetflixClient, LimitError, StatusError } from "crmcom-netflix-api";
import type { NetflixCharge, NetflixClient } from "crmcom-netflix-api";

declare const client: NetflixClient;
declare const baseUrl: string;
declare const webApiKey: string;
declare const esns: string[];
declare const fiftyOneCharges: { number: string; billing_system_customer_identifier: string }[];
declare function billCustomers(charges: NetflixCharge[]): Promise<{ number: string }[]>;
declare function invoiceNumberFor(charge: NetflixCharge): string;

void createNetflixClient; void LimitError; void StatusError;
`;

/**
 * One module holding every snippet of a guide, each in its own async function so that their
 * names do not clash; imports of the package are left to the preamble.
 */
export function toModule(snippets: Snippet[]): string {
  const bodies = snippets.map((snippet) => {
    const code = snippet.code.replace(/^import .* from "crmcom-netflix-api";\n/gm, "");

    const header = `// ${snippet.guide} #${snippet.index}`;

    return `${header}\nexport async function snippet${snippet.index}() {\n${code}}\n`;
  });

  return `${preamble}\n${bodies.join("\n")}`;
}
