import { setUpTestEnvironment, tearDownTestEnvironment } from './test-environment';

// Argon2 hashing and a fresh database make some specs slower than jasmine's 5-second default.
jasmine.DEFAULT_TIMEOUT_INTERVAL = 30_000;

beforeAll(async () => {
  await setUpTestEnvironment();
}, 120_000);

afterAll(async () => {
  await tearDownTestEnvironment();
}, 60_000);
