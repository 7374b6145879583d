/**
 * Where is the JSON broken? `JSON.parse` on Node 20 says "Unexpected token" without a position,
 * and users need a line and a column. This scanner re-reads text that `JSON.parse` rejected and
 * returns the offset of the first syntax error. It only runs on failure, so speed is secondary;
 * it is iterative so deeply nested input cannot overflow the stack.
 */

export interface JsonSyntaxError {
  offset: number;
  line: number;
  column: number;
  reason: string;
}

export function locateJsonError(text: string): JsonSyntaxError | null {
  let i = 0;
  const fail = (reason: string): JsonSyntaxError => {
    const before = text.slice(0, i);
    const line = before.split("\n").length;
    return { offset: i, line, column: i - before.lastIndexOf("\n"), reason };
  };
  const ws = () => {
    while (i < text.length && " \t\n\r".includes(text[i]!)) i++;
  };
  const what = () => {
    if (i >= text.length) return "end of file";
    // A byte order mark is invisible in a message; a file that has two keeps the second one here.
    if (text.charCodeAt(i) === 0xfeff) return "a byte order mark (U+FEFF); a file may begin with one at most";
    return JSON.stringify(text[i]);
  };
  const number = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;
  // Stack of open containers: "{" or "[".
  const stack: string[] = [];
  // What the scanner expects next.
  let expect: "value" | "key" | "after-value" | "after-key" = "value";
  // No byte order mark is skipped: the decoder (src/io/decode.ts) removes the one a file may
  // have, and JSON.parse refuses any other, so the scanner must too.
  for (;;) {
    ws();
    if (expect === "value") {
      const c = text[i];
      if (c === "{") {
        i++;
        ws();
        if (text[i] === "}") {
          i++;
          expect = "after-value";
        } else {
          stack.push("{");
          expect = "key";
        }
        continue;
      }
      if (c === "[") {
        i++;
        ws();
        if (text[i] === "]") {
          i++;
          expect = "after-value";
        } else stack.push("[");
        continue;
      }
      if (c === '"') {
        const err = scanString();
        if (err) return err;
      } else if (c === "-" || (c !== undefined && c >= "0" && c <= "9")) {
        number.lastIndex = i;
        const m = number.exec(text);
        if (!m) return fail(`expected a number at ${what()}`);
        i += m[0].length;
      } else if (text.startsWith("true", i)) i += 4;
      else if (text.startsWith("false", i)) i += 5;
      else if (text.startsWith("null", i)) i += 4;
      else return fail(`expected a value, found ${what()}`);
      expect = "after-value";
      continue;
    }
    if (expect === "key") {
      if (text[i] !== '"') return fail(`expected a "quoted" field name, found ${what()}`);
      const err = scanString();
      if (err) return err;
      expect = "after-key";
      continue;
    }
    if (expect === "after-key") {
      if (text[i] !== ":") return fail(`expected ":" after the field name, found ${what()}`);
      i++;
      expect = "value";
      continue;
    }
    // after-value
    const top = stack[stack.length - 1];
    if (top === undefined) {
      if (i < text.length) return fail(`unexpected ${what()} after the end of the data`);
      return null;
    }
    const c = text[i];
    if (c === ",") {
      const comma = i++;
      ws();
      if (text[i] === "}" || text[i] === "]") {
        i = comma;
        return fail("trailing comma before the closing bracket");
      }
      expect = top === "{" ? "key" : "value";
    } else if ((c === "}" && top === "{") || (c === "]" && top === "[")) {
      i++;
      stack.pop();
    } else {
      return fail(`expected "," or "${top === "{" ? "}" : "]"}", found ${what()}`);
    }
  }

  function scanString(): JsonSyntaxError | null {
    i++;
    while (i < text.length) {
      const c = text[i]!;
      if (c === '"') {
        i++;
        return null;
      }
      if (c === "\\") {
        const n = text[i + 1];
        if (n === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return fail("bad \\u escape in a string");
          i += 6;
        } else if (n !== undefined && '"\\/bfnrt'.includes(n)) i += 2;
        else return fail("bad escape in a string");
        continue;
      }
      if (c < " ") return fail(c === "\n" ? "line break inside a string (missing closing quote?)" : "control character inside a string");
      i++;
    }
    return fail("unterminated string");
  }
}
