import type { DocumentTypeRules } from './document-type-rules';
import { checkDocumentRules, type DocumentHolder, type GateProvinces } from './document-rules';
import type { ValidationMessageKey } from './validation-catalog-en';

/** A document rule finding located in a declaration, such as `['travellers', 1, 'documentNumber']`. */
export interface DeclarationFinding {
  path: (string | number)[];
  code: ValidationMessageKey;
  params?: Record<string, string>;
}

/** The parts of a declaration, complete or draft, that document rules read. */
export interface DocumentRuleDeclaration {
  plannedCrossingDate?: string;
  travellers: (DocumentHolder & { documentType?: string })[];
}

/**
 * Checks every traveller's document against the rules of its type. A traveller without a
 * document type, or with a type that has no rules, is skipped: the schema reports the type.
 */
export function checkDeclarationDocuments(
  declaration: DocumentRuleDeclaration,
  rulesByType: ReadonlyMap<string, DocumentTypeRules>,
  context: { gate?: GateProvinces; today: string },
): { errors: DeclarationFinding[]; warnings: DeclarationFinding[] } {
  const errors: DeclarationFinding[] = [];
  const warnings: DeclarationFinding[] = [];

  declaration.travellers.forEach((traveller, index) => {
    const rules = traveller.documentType ? rulesByType.get(traveller.documentType) : undefined;
    if (!rules) {
      return;
    }

    const findings = checkDocumentRules(traveller, rules, {
      ...context,
      plannedCrossingDate: declaration.plannedCrossingDate,
    });
    const locate = ({ field, code, params }: (typeof findings.errors)[number]): DeclarationFinding => ({
      path: ['travellers', index, field],
      code,
      ...(params ? { params } : {}),
    });
    errors.push(...findings.errors.map(locate));
    warnings.push(...findings.warnings.map(locate));
  });

  return { errors, warnings };
}
