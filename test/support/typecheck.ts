import { join } from "node:path";

import ts from "typescript";

import { repoRoot } from "../../scripts/lib/paths.js";

/** One compiler error, reduced to what the tests compare. */
export interface TypeError {
  line: number;
  code: number;
  message: string;
}

/**
 * Type-checks one file with the repository's compiler options. With `stripExpectErrors`, the
 * file is checked as if its `@ts-expect-error` lines were gone, to prove they guard real errors.
 */
export function typecheckFile(
  file: string,
  options: { stripExpectErrors?: boolean } = {},
): TypeError[] {
  const config = ts.readConfigFile(join(repoRoot, "tsconfig.json"), ts.sys.readFile);
  const { options: compilerOptions } = ts.parseJsonConfigFileContent(
    config.config,
    ts.sys,
    repoRoot,
  );
  const host = ts.createCompilerHost(compilerOptions);
  const readFile = host.readFile.bind(host);

  host.readFile = (name) => {
    const text = readFile(name);

    if (!options.stripExpectErrors || name !== file || text === undefined) {
      return text;
    }

    return text.replace(/\/\/ @ts-expect-error.*$/gm, "");
  };

  const program = ts.createProgram([file], compilerOptions, host);

  return ts
    .getPreEmitDiagnostics(program)
    .filter((diagnostic) => diagnostic.file?.fileName === file)
    .map((diagnostic) => ({
      line: diagnostic.file!.getLineAndCharacterOfPosition(diagnostic.start ?? 0).line + 1,
      code: diagnostic.code,
      message: ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n"),
    }));
}
