import { join } from "node:path";

import ts from "typescript";

import { repoRoot } from "../../scripts/lib/paths.js";

/** One compiler error, reduced to what the tests compare. */
export interface TypeError {
  file: string;
  line: number;
  code: number;
  message: string;
}

export interface TypecheckOptions {
  /** Check the files as if their `@ts-expect-error` lines were gone, to prove they guard errors. */
  stripExpectErrors?: boolean;
  /** Options laid over the repository's `tsconfig.json`. */
  compilerOptions?: ts.CompilerOptions;
}

/** Type-checks files with the repository's compiler options; returns the errors in those files. */
export function typecheck(files: string[], options: TypecheckOptions = {}): TypeError[] {
  const config = ts.readConfigFile(join(repoRoot, "tsconfig.json"), ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, repoRoot);
  const compilerOptions = { ...parsed.options, ...options.compilerOptions };
  const host = ts.createCompilerHost(compilerOptions);
  const readFile = host.readFile.bind(host);

  host.readFile = (name) => {
    const text = readFile(name);

    if (!options.stripExpectErrors || !files.includes(name) || text === undefined) {
      return text;
    }

    return text.replace(/\/\/ @ts-expect-error.*$/gm, "");
  };

  const program = ts.createProgram(files, compilerOptions, host);

  return ts
    .getPreEmitDiagnostics(program)
    .filter((diagnostic) => diagnostic.file && files.includes(diagnostic.file.fileName))
    .map((diagnostic) => ({
      file: diagnostic.file!.fileName,
      line: diagnostic.file!.getLineAndCharacterOfPosition(diagnostic.start ?? 0).line + 1,
      code: diagnostic.code,
      message: ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n"),
    }));
}
