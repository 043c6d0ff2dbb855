// Webpack build of the Excel task pane.
//
//   npm run build       production bundle in dist/ (manifest URLs rewritten, see PUBLIC_URL below)
//   npm run build:dev   development bundle in dist/ (manifest kept on https://localhost:3000/)
//   npm run dev-server  serves the pane on https://localhost:3000/ for sideloading
//
// Test-only build for the browser test: set E2E=1 in the environment (or pass `--env e2e`).
// It bundles src/taskpane/e2e-entry.tsx instead of index.tsx, serves office.js from
// node_modules/@microsoft/office-js (copied into dist-e2e/) instead of the CDN, and writes to
// dist-e2e/. Nothing of it reaches the production bundle in dist/.
/* eslint-env node */
const fs = require('fs');
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const DEV_SERVER_PORT = 3000;
/** Origin every URL in manifest.xml points at during development. */
const DEV_SERVER_URL = `https://localhost:${DEV_SERVER_PORT}/`;
/**
 * Where the production build is hosted: `npm run build` rewrites every https://localhost:3000/
 * in manifest.xml to the address in the environment variable ADDIN_PUBLIC_URL, and refuses to build
 * without it (a manifest pointing at a placeholder would install an add-in that cannot load).
 * EXAMPLE_PUBLIC_URL shows the form.
 */
const EXAMPLE_PUBLIC_URL = 'https://www.example.com/uyghur-region-supplier-screen/';
const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const OFFICE_CDN_ORIGIN = 'https://appsforoffice.microsoft.com';

const TEMPLATE = path.resolve(__dirname, 'src/taskpane/taskpane.html');

function publicUrl() {
  const raw = process.env.ADDIN_PUBLIC_URL;
  if (!raw) {
    throw new Error(
      `ADDIN_PUBLIC_URL is not set. The production build writes it into dist/manifest.xml: set it to the HTTPS address where dist/ will be hosted, e.g. ADDIN_PUBLIC_URL=${EXAMPLE_PUBLIC_URL} npm run build`,
    );
  }
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`ADDIN_PUBLIC_URL is not a valid URL: "${raw}". Example: https://addins.example.org/supplier-screen/`);
  }
  if (url.protocol !== 'https:') {
    throw new Error(`ADDIN_PUBLIC_URL must start with https:// (Office loads add-ins over HTTPS only): "${raw}"`);
  }
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

/**
 * Points the manifest at the production host: page and icon URLs, and the AppDomain (an origin).
 * Comments, which speak of the dev server, are left out of the production copy.
 */
function rewriteManifest(xml, targetUrl) {
  const devOrigin = new URL(DEV_SERVER_URL).origin;
  const targetOrigin = new URL(targetUrl).origin;
  return xml
    .replace(/\s*<!--[\s\S]*?-->/g, '')
    .split(DEV_SERVER_URL)
    .join(targetUrl)
    .split(`<AppDomain>${devOrigin}</AppDomain>`)
    .join(`<AppDomain>${targetOrigin}</AppDomain>`);
}

/** The test build's page: same template, office.js from this server, CSP without the CDN. */
function e2eTemplate() {
  const html = fs.readFileSync(TEMPLATE, 'utf8');
  if (!html.includes(OFFICE_JS_CDN)) throw new Error(`${TEMPLATE} no longer loads ${OFFICE_JS_CDN}`);
  return html.split(OFFICE_JS_CDN).join('office.js').split(` ${OFFICE_CDN_ORIGIN}`).join('');
}

/** HTTPS with the Office dev certificate when it can be had; otherwise plain HTTP and a note. */
async function devServerTransport() {
  try {
    const devCerts = require('office-addin-dev-certs');
    const { ca, key, cert } = await devCerts.getHttpsServerOptions();
    return { type: 'https', options: { ca, key, cert } };
  } catch (err) {
    const reason = String((err && err.message) || err).split('\n')[0];
    console.warn(
      [
        '',
        `No trusted development certificate for ${DEV_SERVER_URL} (${reason}).`,
        'Office loads add-ins over HTTPS only. On Windows or Mac, run:',
        '    npx office-addin-dev-certs install',
        'then start the dev server again.',
        `For now the pane is served over plain HTTP on http://localhost:${DEV_SERVER_PORT}/ (a browser can open it; Office cannot).`,
        '',
      ].join('\n'),
    );
    return { type: 'http' };
  }
}

module.exports = async (env = {}, argv = {}) => {
  const e2e = process.env.E2E === '1' || Boolean(env.e2e || env.E2E);
  const mode = argv.mode || (e2e ? 'development' : 'production');
  const production = mode === 'production';
  const serving = Boolean(env.WEBPACK_SERVE);
  const outDir = path.resolve(__dirname, e2e ? 'dist-e2e' : 'dist');

  // Checked before anything is built: a production manifest needs the real address.
  const manifestUrl = production && !e2e ? publicUrl() : null;
  const copies = [
    { from: 'assets/*.png', to: 'assets/[name][ext]' },
    { from: 'src/taskpane/support.html', to: 'support.html' },
    { from: 'src/taskpane/boot-check.js', to: 'boot-check.js' },
  ];
  if (e2e) {
    copies.push(
      // office.js, and the files it loads next to itself outside Office.
      { from: 'node_modules/@microsoft/office-js/dist/office.js', to: 'office.js' },
      { from: 'node_modules/@microsoft/office-js/dist/o15apptofilemappingtable.js', to: 'o15apptofilemappingtable.js' },
      { from: 'node_modules/@microsoft/office-js/dist/en-us/office_strings.js', to: 'en-us/office_strings.js' },
    );
  } else {
    copies.push({
      from: 'manifest.xml',
      to: 'manifest.xml',
      transform: manifestUrl ? (content) => rewriteManifest(content.toString(), manifestUrl) : undefined,
    });
  }

  return {
    mode,
    // 'source-map' rather than webpack's eval-based defaults: the page's CSP forbids eval.
    devtool: 'source-map',
    entry: {
      taskpane: path.resolve(__dirname, e2e ? 'src/taskpane/e2e-entry.tsx' : 'src/taskpane/index.tsx'),
    },
    output: {
      path: outDir,
      filename: production || e2e ? '[name].[contenthash:8].js' : '[name].js',
      clean: true,
    },
    resolve: { extensions: ['.tsx', '.ts', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: [
            // Fluent UI's styles ship compiled; the pane's own makeStyles calls are compiled at build time too
            // (Griffel's ahead-of-time transform, on ts-loader's output), so the pane needs no CSS-in-JS
            // compiler at run time (stylis, rtl-css-js, Griffel's resolver: 7 KB gzipped). The same CSS
            // rules and class names come out as at run time.
            '@griffel/webpack-loader',
            { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { module: 'esnext', sourceMap: true } } },
          ],
        },
        {
          // The pane's copy of the reference data leaves out each entry's provenance, which no code reads
          // (the committed files and the command line keep it): see the loader.
          test: /[\\/]src[\\/]data[\\/][^\\/]+\.json$/,
          use: path.resolve(__dirname, 'scripts/webpack/omit-provenance-loader.js'),
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        chunks: ['taskpane'],
        ...(e2e ? { templateContent: e2eTemplate() } : { template: TEMPLATE }),
      }),
      new CopyWebpackPlugin({ patterns: copies }),
    ],
    performance: { hints: production ? 'warning' : false, maxEntrypointSize: 600000, maxAssetSize: 600000 },
    devServer: {
      port: DEV_SERVER_PORT,
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: false,
      hot: false,
      liveReload: true,
      // Certificates are looked up only when actually serving (not on `webpack build`).
      server: serving ? await devServerTransport() : 'https',
    },
  };
};

module.exports.DEV_SERVER_URL = DEV_SERVER_URL;
module.exports.EXAMPLE_PUBLIC_URL = EXAMPLE_PUBLIC_URL;
module.exports.rewriteManifest = rewriteManifest;
