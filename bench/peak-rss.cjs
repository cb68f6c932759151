// Preloaded into a benchmarked process: prints its peak RSS when it exits.
process.on('exit', () => process.stderr.write(`\npeak-rss-kib=${process.resourceUsage().maxRSS}\n`));
