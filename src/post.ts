// The post step: nothing to clean up until training exists (stop-on-cancel).
export {};
