import ts from 'typescript';

/**
 * User-visible English in a .tsx file that does not come from the interface catalogue: JSX text, and string
 * literals given to `aria-label`, `title`, `placeholder`, `alt` or `label`, or placed directly between tags
 * (`{busy ? 'Reading…' : 'Read'}`), and sentences (also template literals) given to a status line's `text`/`message`/`note`
 * or to a setter that shows them (`setMessage`, `setErrors`, …). What the agent would see untranslated when the
 * interface is French.
 */

// Also the props our components turn into visible text (ConfirmButton, OriginList, OriginInput).
const VISIBLE_ATTRIBUTES = new Set([
  'aria-label',
  'title',
  'placeholder',
  'alt',
  'label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'question',
  'confirmLabel',
  'removeLabel',
  'empty',
  'action',
]);

/**
 * Properties of the status objects the pages show (`{ tone: 'info', text: … }`, `{ ok, message }`), and the setters
 * and callbacks that put a message or a list of errors on screen: a sentence given to them is shown as it is.
 */
const VISIBLE_PROPERTIES = new Set(['text', 'message', 'note']);
const STATUS_SETTERS = new Set([
  'setMessage',
  'setErrors',
  'setSaveErrors',
  'setLoadError',
  'onChanged',
  'setNotice',
  'window.confirm',
  'window.alert',
]);

/**
 * Text that is not words in any language: the product's name, key names and chords ("Alt+1", "Ctrl+K", "Esc"),
 * identifiers' names shared by every language (IMEI, EID, DHL, UPS, DPD).
 */
const NON_WORDS = /\b(?:ReturnDesk|Alt|Ctrl|Shift|Meta|Cmd|Esc|Enter|Tab|IMEI|EID|DHL|UPS|DPD|OCR|URL|https?|px|MB|kB|ms)\b/g;

/** Addresses (`https://support.example.com`, `cdn.example.com`) and abbreviations (`;dhl`) read the same in every language. */
const ADDRESSES = /\bhttps?:\/\/\S*|\b[\w-]+(?:\.[\w-]+)+\b|;[\w-]+/g;

export function isWords(text: string): boolean {
  return /\p{L}{2,}/u.test(text.replace(ADDRESSES, '').replace(NON_WORDS, ''));
}

export interface UntranslatedText {
  line: number;
  text: string;
}

export function untranslatedText(fileName: string, source: string): UntranslatedText[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: UntranslatedText[] = [];
  const report = (node: ts.Node, text: string) => {
    if (isWords(text)) found.push({ line: file.getLineAndCharacterOfPosition(node.getStart()).line + 1, text: text.trim() });
  };
  /** Status lines are often built with values (`Saved “${name}”.`): words around a value, a sentence's spaces. */
  const reportSentence = (node: ts.Node, text: string) => {
    if (/\p{L}{2,}\s+\p{L}{2,}/u.test(text.replace(ADDRESSES, '').replace(NON_WORDS, ''))) report(node, text);
  };
  /** String literals an expression can evaluate to as it is (conditionals, ??, ||), not those passed to calls. */
  const literalsOf = (expression: ts.Expression | undefined, visit: (node: ts.Node, text: string) => void): void => {
    if (!expression) return;
    if (ts.isStringLiteral(expression) || ts.isNoSubstitutionTemplateLiteral(expression)) visit(expression, expression.text);
    else if (ts.isTemplateExpression(expression)) {
      visit(expression, [expression.head.text, ...expression.templateSpans.map((span) => span.literal.text)].join(' '));
    } else if (ts.isParenthesizedExpression(expression)) literalsOf(expression.expression, visit);
    else if (ts.isConditionalExpression(expression)) {
      literalsOf(expression.whenTrue, visit);
      literalsOf(expression.whenFalse, visit);
    } else if (
      ts.isBinaryExpression(expression) &&
      [ts.SyntaxKind.QuestionQuestionToken, ts.SyntaxKind.BarBarToken, ts.SyntaxKind.AmpersandAmpersandToken].includes(
        expression.operatorToken.kind,
      )
    ) {
      literalsOf(expression.left, visit);
      literalsOf(expression.right, visit);
    }
  };
  const walk = (node: ts.Node): void => {
    if (ts.isJsxText(node)) report(node, node.text);
    else if (ts.isPropertyAssignment(node) && VISIBLE_PROPERTIES.has(node.name.getText(file))) literalsOf(node.initializer, reportSentence);
    else if (ts.isCallExpression(node) && STATUS_SETTERS.has(node.expression.getText(file))) {
      for (const argument of node.arguments) {
        if (ts.isArrayLiteralExpression(argument)) argument.elements.forEach((element) => literalsOf(element, reportSentence));
        else literalsOf(argument, reportSentence);
      }
    } else if (ts.isJsxExpression(node) && !ts.isJsxAttribute(node.parent)) literalsOf(node.expression, report);
    else if (ts.isJsxAttribute(node) && VISIBLE_ATTRIBUTES.has(node.name.getText(file)) && node.initializer) {
      if (ts.isStringLiteral(node.initializer)) report(node.initializer, node.initializer.text);
      else if (ts.isJsxExpression(node.initializer)) literalsOf(node.initializer.expression, report);
    }
    ts.forEachChild(node, walk);
  };
  walk(file);
  return found;
}
