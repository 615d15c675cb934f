// The root layout of the App Router fixture: plain JavaScript, no next/font (it would fetch
// Google Fonts at build time), and the one CSS rule the package README asks for. app/icon.svg
// is there because the browser asks for /favicon.ico otherwise, and its 404 is a console error.
import './globals.css';

export const metadata = { title: 'Qwen or Llama? (Next.js embedding fixture)' };

export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
