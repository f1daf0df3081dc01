// The real Chromium the browser tests drive: the one inside @sparticuz/chromium (so `npm ci` brings
// it), or a system one named by CHROMIUM_PATH. Its flags are tuned for AWS Lambda; --single-process
// there makes closing a browser context take the whole browser down, so it is left out.
import chromiumPkg from '@sparticuz/chromium';
import { chromium, type Browser } from 'playwright-core';

export async function launchBrowser(): Promise<Browser> {
  const executablePath = process.env['CHROMIUM_PATH'] || (await chromiumPkg.executablePath());
  return chromium.launch({ executablePath, args: chromiumPkg.args.filter((a) => a !== '--single-process'), headless: true });
}
