/**
 * The environment that turns off the AWS SDK's notice that its releases after early January 2027
 * need Node 22. The locked versions run on Node 20, where the tests run; the notice, printed once per
 * jest worker and per child process, buried real failures. A test that starts a process with an
 * environment of its own adds this to it.
 */
export const SDK_NODE_NOTICE_OFF: Readonly<Record<string, string>> = {
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
};
