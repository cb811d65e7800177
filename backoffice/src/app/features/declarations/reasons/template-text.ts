import type { ReasonTemplate } from '@smartgate/shared-models';

/** Returns a template's text in the back office language: Vietnamese, or English for any other. */
export function templateText(template: Pick<ReasonTemplate, 'textVi' | 'textEn'>, language: string): string {
  return language === 'vi' ? template.textVi : template.textEn;
}
