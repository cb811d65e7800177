// Karma settings shared by the portal and back-office unit tests.
// Tests run as root in CI, where Chromium refuses to start without --no-sandbox.
process.env.CHROME_BIN ??= '/usr/bin/chromium';
// Date specs must run outside UTC, where a day shift from time-zone handling would go unnoticed.
process.env.TZ ??= 'Asia/Ho_Chi_Minh';

module.exports = function (config) {
  config.set({
    frameworks: ['jasmine'],
    plugins: [require('karma-jasmine'), require('karma-chrome-launcher')],
    customLaunchers: {
      ChromeHeadlessNoSandbox: {
        base: 'ChromeHeadless',
        flags: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
        ],
      },
    },
    browsers: ['ChromeHeadlessNoSandbox'],
    reporters: ['progress'],
    singleRun: true,
    browserNoActivityTimeout: 120000,
  });
};
