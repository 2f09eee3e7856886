import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin({
  requestConfig: "./lib/i18n/request.ts",
  // Messages are compiled at build time, so pages format them without parsing ICU syntax on every request.
  experimental: {
    messages: { path: "./lib/i18n/messages", format: "json", locales: ["en", "zh-CN"], precompile: true },
  },
});

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite ships WebAssembly and data files that must be loaded from node_modules, not bundled.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "pg"],
  poweredByHeader: false,
  // Compression belongs to the proxy in front (it terminates TLS and balances the instances): Node's gzip stream
  // per response cost about 7% of the CPU of a server action, whose reply is a few hundred bytes.
  // HTTP_COMPRESSION=true lets the app compress when nothing in front of it does (read at `next start`).
  compress: process.env.HTTP_COMPRESSION === "true",
  experimental: { authInterrupts: true },
  // Type checking runs as its own step (`npm run typecheck`); the build need not repeat it.
  typescript: { ignoreBuildErrors: true },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "same-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Permissions-Policy", value: "geolocation=(), camera=(), microphone=()" },
        ],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
