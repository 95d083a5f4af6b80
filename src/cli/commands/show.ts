import type { Command } from "commander";
import { NotFoundError } from "../../errors.js";
import { openStore } from "../../storage/open-store.js";
import { writeLine } from "../../storage/output.js";
import { formatDocument } from "../format-document.js";

export function registerShow(program: Command): void {
  program
    .command("show")
    .description("show a stored article and its analysis")
    .argument(
      "<article>",
      "article id (#n from search), URL, or the file it came from (its name alone when unique)",
    )
    .option("--db <path>", "database file (default: $NEWSGRAPH_DB, else ./newsgraph.db)")
    .option("--json", "the full analysed document as JSON")
    .action(async (ref: string, flags: { db?: string; json?: boolean }) => {
      const store = openStore({ db: flags.db, mustExist: true });
      try {
        const article = store.getArticle(ref.replace(/^#/, ""));
        if (!article) throw new NotFoundError(`no stored article "${ref}"`);
        if (flags.json) {
          await writeLine(process.stdout, JSON.stringify(article.document, null, 1));
          return;
        }
        const versions = [
          `article #${article.id}, analysed by newsgraph ${article.version}`,
          article.current ? "current version" : "superseded by a newer version",
          article.previousId !== null ? `previous version #${article.previousId}` : null,
        ].filter(Boolean);
        await writeLine(process.stdout, versions.join("; "));
        const duplicates = store.duplicatesOf(article.id);
        for (const link of duplicates) {
          await writeLine(
            process.stdout,
            `duplicate (${link.kind}, ${link.score.toFixed(2)}): #${link.articleId} of #${link.duplicateOf}`,
          );
        }
        await writeLine(process.stdout, formatDocument(article.document));
      } finally {
        store.close();
      }
    });
}
