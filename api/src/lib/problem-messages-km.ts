import type { AnyProblemType, ProblemDetailKey } from './errors';

// Typed as partial so that a new problem type or detail compiles before its Khmer text exists.
// `problem-messages-km.spec.ts` fails until every key has one, and missing ones are sent in English.

/** Khmer problem titles by type. */
export const KM_PROBLEM_TITLES: Partial<Record<AnyProblemType, string>> = {
  'validation-failed': 'ទិន្នន័យមិនត្រឹមត្រូវ។',
  unauthenticated: 'អ្នកមិនទាន់បានចូលគណនីទេ។',
  forbidden: 'អ្នកមិនមានសិទ្ធិធ្វើប្រតិបត្តិការនេះទេ។',
  'csrf-token-invalid': 'លេខកូដការពារទម្រង់បែបបទ (CSRF) មិនត្រឹមត្រូវ។',
  'not-found': 'រកមិនឃើញ។',
  'version-conflict': 'កំណត់ត្រានេះត្រូវបានផ្លាស់ប្តូរនៅកន្លែងផ្សេង។',
  'invalid-status-transition': 'ស្ថានភាពរបស់កំណត់ត្រាមិនអនុញ្ញាតឱ្យធ្វើប្រតិបត្តិការនេះទេ។',
  'email-already-registered': 'អ៊ីមែលនេះត្រូវបានចុះឈ្មោះរួចហើយ។',
  'invalid-credentials': 'ព័ត៌មានចូលគណនីមិនត្រឹមត្រូវ។',
  'too-many-requests': 'សំណើច្រើនពេក។',
  'payload-too-large': 'ទិន្នន័យដែលបានផ្ញើធំពេក។',
  'internal-error': 'មានកំហុសប្រព័ន្ធកើតឡើង។',
  'unsupported-media-type': 'ទម្រង់នៃទិន្នន័យដែលបានផ្ញើមិនត្រូវបានគាំទ្រទេ។',
  'service-unavailable': 'សេវាកម្មមិនអាចប្រើបានជាបណ្តោះអាសន្ន។',
};

/** Khmer problem details by key: what failed and what the user can do next. */
export const KM_PROBLEM_DETAILS: Partial<Record<ProblemDetailKey, string>> = {
  invalidRequest: 'សូមពិនិត្យព័ត៌មានដែលបានរាយក្នុងបញ្ជី។',
  incompleteDeclaration: 'សេចក្តីប្រកាសមិនទាន់គ្រប់គ្រាន់។ សូមបំពេញព័ត៌មានដែលបានរាយក្នុងបញ្ជី រួចដាក់ស្នើម្តងទៀត។',
  malformedJson: 'ខ្លឹមសារនៃសំណើមិនមែនជា JSON ត្រឹមត្រូវទេ។',
  malformedUrl: 'អាសយដ្ឋាននៃសំណើមានការអ៊ិនកូដភាគរយ (%) មិនត្រឹមត្រូវ។ សូមពិនិត្យតំណភ្ជាប់ម្តងទៀត។',
  unreadableBody: 'មិនអាចអានខ្លឹមសារនៃសំណើបានទេ៖ ទិន្នន័យមិនគ្រប់ ឬមិនត្រូវនឹង Content-Encoding។',
  bodyTooDeep: 'ខ្លឹមសារនៃសំណើមានកម្រិតជាន់គ្នាលើសពី 32 កម្រិត។',
  unsupportedMediaType: 'សូមផ្ញើខ្លឹមសារជា JSON ជាមួយ Content-Type: application/json។',
  unsupportedCharset: 'ខ្លឹមសារ JSON ត្រូវតែអ៊ិនកូដជា UTF-8។',
  unsupportedEncoding: 'Content-Encoding នេះមិនត្រូវបានគាំទ្រទេ។ សូមផ្ញើដោយមិនបង្ហាប់ ឬបង្ហាប់ជា gzip, deflate ឬ br។',
  valueNotStorable: 'តម្លៃមួយវែងពេក ឬនៅក្រៅដែនកំណត់ដែលអនុញ្ញាត។ សូមពិនិត្យទិន្នន័យដែលបានបញ្ចូល។',
  requestNotProcessed: 'មិនអាចដំណើរការសំណើបានទេ។ សូមពិនិត្យ រួចព្យាយាមម្តងទៀត។',
  databaseUnavailable: 'មិនអាចភ្ជាប់ទៅមូលដ្ឋានទិន្នន័យបានទេ។ សូមព្យាយាមម្តងទៀតក្នុងរយៈពេលពីរបីនាទីទៀត។',
  declarationNotEditable: 'អាចកែប្រែ ឬដាក់ស្នើបានតែសេចក្តីប្រកាសដែលនៅជាសេចក្តីព្រាងប៉ុណ្ណោះ។',
  declarationNotSubmitted: 'អាចអនុម័ត ឬបដិសេធបានតែសេចក្តីប្រកាសដែលបានដាក់ស្នើហើយប៉ុណ្ណោះ។',
  declarationNotWithdrawable: 'អាចដកសេចក្តីប្រកាសវិញបានតែមុនពេលវាត្រូវបានសម្រេចប៉ុណ្ណោះ។',
  declarationNotIssued: 'មិនទាន់មានលទ្ធផលចេញសម្រាប់សេចក្តីប្រកាសនេះនៅឡើយទេ។',
  resultNotIssued: 'អាចដកហូតបានតែលទ្ធផលដែលបានចេញហើយ និងមិនទាន់ត្រូវបានដកហូតប៉ុណ្ណោះ។',
  resultNotFailed: 'អាចបង្កើតលទ្ធផលម្តងទៀតបាន លុះត្រាតែការបង្កើតលើកមុនបរាជ័យ។',
  roleNotAllowed: 'តួនាទីមន្ត្រីរបស់អ្នកមិនអនុញ្ញាតឱ្យធ្វើប្រតិបត្តិការនេះទេ។',
  staleVersion: 'សូមផ្ទុកទំព័រឡើងវិញ ដើម្បីមើលកំណែចុងក្រោយ រួចព្យាយាមម្តងទៀត។',
  wrongPrincipal: 'គណនីនេះមិនអាចប្រើសម្រាប់មុខងារនេះបានទេ។',
  signInRequired: 'សូមចូលគណនី រួចព្យាយាមម្តងទៀត។',
  csrfTokenInvalid: 'សូមផ្ទុកទំព័រឡើងវិញ រួចព្យាយាមម្តងទៀត។',
};
