/** Validates built pages with html-validate's recommended rules. */
import { HtmlValidate } from 'html-validate';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Page titles carry the sources' own headlines, some far over 70 characters; we keep them whole.
    'long-title': 'off',
  },
});

/** Returns "line:column rule: message" for every error in the file. */
export async function htmlErrors(file: string): Promise<string[]> {
  const report = await validator.validateFile(file);
  return report.results.flatMap((result) =>
    result.messages.filter((message) => message.severity === 2).map((message) => `${message.line}:${message.column} ${message.ruleId}: ${message.message}`),
  );
}
