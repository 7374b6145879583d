import { XMLParser } from "fast-xml-parser";

/**
 * fast-xml-parser as every XML reader here uses it (GEXF, foreign GEXF and GraphML): values kept
 * as the text they are (no numbers guessed, no trimming), no entity expansion, declarations and
 * processing instructions dropped, namespace prefixes removed, the listed tags always arrays. Its
 * own module, apart from the writers' helpers in xml.ts, which are on the start path.
 */
export function createXmlParser(arrayTags: ReadonlySet<string>, options: { cdataPropName?: string } = {}): XMLParser {
  return new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@_",
    parseAttributeValue: false,
    parseTagValue: false,
    trimValues: false,
    processEntities: false,
    ignoreDeclaration: true,
    ignorePiTags: true,
    removeNSPrefix: true,
    ...(options.cdataPropName ? { cdataPropName: options.cdataPropName } : {}),
    isArray: (name) => arrayTags.has(name),
  });
}
