// The pseudo-locale: English with every letter accented and 40 % longer, ICU syntax kept intact.
// Reading a page in it shows at once which text is not translated (plain ASCII) and what breaks
// when a language is longer than English (German and Polish often are).
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { printAST } from "@formatjs/icu-messageformat-parser/printer.js";

const PLAIN = [..."abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"];
const ACCENTS = [..."ȧƀƈḓḗƒɠħīĵķŀḿƞǿƥɋřşŧŭṽẇẋẏẑȦƁƇḒḖƑƓĦĪĴĶĿḾȠǾƤɊŘŞŦŬṼẆẊẎẐ"];
const ACCENTED = new Map(PLAIN.map((letter, i) => [letter, ACCENTS[i] ?? letter]));

function accentText(text: string): string {
  return [...text].map((c) => ACCENTED.get(c) ?? c).join("");
}

function transform(elements: MessageFormatElement[]): MessageFormatElement[] {
  return elements.map((element) => {
    if (element.type === TYPE.literal) return { ...element, value: accentText(element.value) };
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      const options = Object.fromEntries(
        Object.entries(element.options).map(([key, option]) => [key, { ...option, value: transform(option.value) }]),
      );
      return { ...element, options };
    }
    if (element.type === TYPE.tag) return { ...element, children: transform(element.children) };
    return element;
  });
}

/** "Log advice" → "[Ŀǿɠ ȧḓṽīƈḗ ~~~~]": accented, at least 40 % longer, brackets show where a string is cut. */
export function pseudoLocalizeMessage(message: string): string {
  const ast = transform(parse(message, { ignoreTag: false }));
  // In words of at most five characters, so a line can break inside it as it would in a real language.
  const padding = ("~~~~ ".repeat(Math.ceil(message.length / 10)) + "~".repeat(4)).slice(0, Math.ceil(message.length * 0.4)).trimEnd();
  return `[${printAST(ast)} ${padding}]`;
}

type Tree = { [key: string]: string | Tree };

export function pseudoLocalize<T extends object>(messages: T): T {
  const walk = (tree: Tree): Tree =>
    Object.fromEntries(
      Object.entries(tree).map(([key, value]) => [key, typeof value === "string" ? pseudoLocalizeMessage(value) : walk(value)]),
    );
  return walk(messages as Tree) as T;
}
