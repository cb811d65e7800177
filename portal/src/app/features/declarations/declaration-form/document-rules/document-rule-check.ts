import { FormControl, FormGroup, type AbstractControl, type ValidatorFn } from '@angular/forms';
import {
  checkDocumentRules,
  todayInTimeZone,
  type DocumentHolder,
  type DocumentRuleField,
  type DocumentRuleFindings,
  type DocumentTypeRules,
  type Gate,
} from '@smartgate/shared-models';

import type { ControlIssue } from '../../../../shared/forms/form-issues';
import { dateControlValue, travellerFormValue, type TravellerForm } from '../declaration-form-model';

/** The traveller fields that document rules report on, each with a control in the traveller form. */
export const DOCUMENT_RULE_FIELDS: readonly DocumentRuleField[] = [
  'nationality',
  'documentNumber',
  'documentIssueDate',
  'documentExpiryDate',
  'documentValidProvince',
];

/** The crossing controls of the declaration form around a traveller; both are absent outside a declaration. */
export interface CrossingControls {
  plannedCrossingDate?: FormControl<Date | null>;
  gateCode?: FormControl<string | null>;
}

/** Finds the crossing date and gate controls of the declaration form that contains a traveller's form. */
export function crossingControlsOf(traveller: TravellerForm): CrossingControls {
  const declaration = traveller.parent?.parent;
  if (!(declaration instanceof FormGroup)) {
    return {};
  }

  const plannedCrossingDate = declaration.get('plannedCrossingDate');
  const gateCode = declaration.get('gateCode');
  return {
    plannedCrossingDate: plannedCrossingDate instanceof FormControl ? plannedCrossingDate : undefined,
    gateCode: gateCode instanceof FormControl ? gateCode : undefined,
  };
}

/** The reference data that the checks read besides the traveller: the rules of every type and the gates, once loaded. */
export interface DocumentRuleSources {
  documentTypes: readonly DocumentTypeRules[];
  gates: readonly Gate[];
}

/**
 * Checks a traveller's document as typed against the rules of its type, for the crossing of the
 * declaration around it. Returns no findings until the rules are loaded or a type is chosen.
 */
export function checkTravellerDocument(
  traveller: TravellerForm,
  sources: DocumentRuleSources,
): DocumentRuleFindings {
  const value = travellerFormValue(traveller) as DocumentHolder & { documentType?: string };
  const rules = sources.documentTypes.find((type) => type.code === value.documentType);
  if (!rules) {
    return { errors: [], warnings: [] };
  }

  const crossing = crossingControlsOf(traveller);
  const gateCode = crossing.gateCode?.value;
  return checkDocumentRules(value, rules, {
    plannedCrossingDate: crossing.plannedCrossingDate
      ? dateControlValue(crossing.plannedCrossingDate)
      : undefined,
    gate: sources.gates.find((gate) => gate.code === gateCode),
    today: todayInTimeZone(),
  });
}

/**
 * Builds the validator of one traveller field that reports the first document rule error on it,
 * as an `issue` like the schema's, so the field's error message shows it in the current language.
 */
export function documentRuleValidator(
  field: DocumentRuleField,
  findings: () => DocumentRuleFindings,
): ValidatorFn {
  return (_control: AbstractControl) => {
    const error = findings().errors.find((finding) => finding.field === field);
    if (!error) {
      return null;
    }

    const issue: ControlIssue = { key: error.code, ...(error.params ? { params: error.params } : {}) };
    return { issue };
  };
}
