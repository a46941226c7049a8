// @ts-check
import limitsMustMatchUpstream from "./limits-must-match-upstream.js";
import requestArraysMustDeclareMaxItems from "./request-arrays-must-declare-max-items.js";

/** The house rules that need Redocly's resolver: limits and bounded request arrays. */
export default function housePlugin() {
  return {
    id: "house",
    rules: {
      oas3: {
        "limits-must-match-upstream": limitsMustMatchUpstream,
        "request-arrays-must-declare-max-items": requestArraysMustDeclareMaxItems,
      },
    },
  };
}
