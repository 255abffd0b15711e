// embed-example.html: hands the lesson's two articles to the biaslens frame and shows the
// scores it sends back. Everything stays between this page and its own frame.
import { connectBiasLens } from "./embed-host.mjs";

const status = document.getElementById("lens-status");
const table = document.getElementById("lens-scores");
const articles = JSON.parse(document.getElementById("lesson-articles").textContent);
const lens = connectBiasLens(document.getElementById("lens"));

function cell(text) {
  const td = document.createElement("td");
  td.textContent = text;
  return td;
}

async function main() {
  await lens.ready;
  const added = await lens.addArticles(articles);
  for (const error of added.errors) console.warn("biaslens:", error);
  const reports = await lens.articles();
  const body = table.querySelector("tbody");
  body.replaceChildren(...reports.map((report) => {
    const row = document.createElement("tr");
    row.append(cell(`${report.outlet ? report.outlet + ": " : ""}${report.title}`),
               cell(report.scores.hedging.toFixed(0)), cell(report.scores.loaded.toFixed(0)),
               cell(report.scores.source_diversity.toFixed(0)));
    return row;
  }));
  table.hidden = false;
  status.textContent = `The frame shows ${reports.length} articles. Click a bar in the chart to read the evidence.`;
  document.documentElement.dataset.lessonReady = String(reports.length);
}

main().catch((error) => {
  status.textContent = `The comparison could not be shown: ${error.message}`;
});
