import { HttpErrorResponse } from '@angular/common/http';

import { isProblemOfType, knownProblemType, readProblem } from './problem';

function failedResponse(body: unknown, status = 409): HttpErrorResponse {
  return new HttpErrorResponse({ error: body, status, url: '/api/officer/declarations/1/approve' });
}

describe('readProblem', () => {
  it('reads a problem+json body with field errors', () => {
    const problem = readProblem(
      failedResponse(
        {
          type: '/api/problems/validation-failed',
          title: 'Dữ liệu không hợp lệ',
          status: 400,
          errors: [{ path: 'reason', code: 'required', message: 'Lý do: chưa nhập.' }],
        },
        400,
      ),
    );

    expect(problem?.status).toBe(400);
    expect(problem?.errors).toEqual([{ path: 'reason', code: 'required', message: 'Lý do: chưa nhập.' }]);
  });

  it('drops malformed field errors', () => {
    const problem = readProblem(
      failedResponse({ type: 'x', title: 't', status: 400, errors: [{ path: 'reason' }, 'text'] }, 400),
    );

    expect(problem?.errors).toEqual([]);
  });

  it('returns null for a body that is not a problem', () => {
    expect(readProblem(failedResponse('<html>Bad gateway</html>', 502))).toBeNull();
    expect(readProblem(failedResponse({ message: 'oops' }, 500))).toBeNull();
  });

  it('returns null for an error that is not an HTTP response', () => {
    expect(readProblem(new Error('bug'))).toBeNull();
  });
});

describe('knownProblemType', () => {
  it('takes the last segment of the type URI', () => {
    expect(knownProblemType({ type: '/api/problems/version-conflict', title: 't', status: 409 })).toBe(
      'version-conflict',
    );
  });

  it('returns null for a type the contract does not list', () => {
    expect(knownProblemType({ type: '/api/problems/teapot', title: 't', status: 418 })).toBeNull();
    expect(knownProblemType({ type: 'toString', title: 't', status: 400 })).toBeNull();
  });
});

describe('isProblemOfType', () => {
  it('matches one of the given types', () => {
    const error = failedResponse({ type: '/api/problems/invalid-credentials', title: 't', status: 401 }, 401);

    expect(isProblemOfType(error, 'version-conflict', 'invalid-credentials')).toBeTrue();
    expect(isProblemOfType(error, 'version-conflict')).toBeFalse();
  });
});
