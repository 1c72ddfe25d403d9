<#ftl output_format="Markdown">
<#-- A student's report as Markdown. Presentation only: values arrive formatted in StudentReportView.
     ${...} escapes Markdown; md.fence and md.code make code blocks and spans that no content can close. -->
# ${msg.gradingReport}: ${report.submission}

**${report.score} / ${report.maxScore} ${msg.points} (${report.percent}%).** ${report.summary}

| ${msg.exercise} | ${msg.status} | ${msg.tests} | ${msg.pointsColumn} |
| --- | --- | --- | ---: |
<#list report.exercises as e>
| ${e.title} | ${e.status.icon} ${e.status.text} | ${e.testSummary} | ${e.score} / ${e.maxScore} |
</#list>
<#list report.exercises as e>

## ${e.title} (${md.code(e.id)})

${e.status.icon} **${e.status.text}**: ${e.score} / ${e.maxScore} ${msg.points}, ${e.testSummary}.

**${msg.whatNext}** ${e.next}<#if e.command?has_content> ${msg.checkWith} ${md.code(e.command)}.</#if>
<#if e.reason?has_content>

${msg.whyMissing}:

${md.fence(e.reason)}
</#if>
<#if e.problems?has_content>

### ${e.problemsHeading}
<#list e.problems as d>

${md.fence(d.text)}
</#list>
</#if>
<#if e.notes?has_content>

### ${msg.notes}
<#list e.notes as d>

${md.fence(d.text)}
</#list>
</#if>
<#if e.tests?has_content>

### ${msg.tests}

| ${msg.outcome} | ${msg.test} | ${msg.pointsColumn} |
| --- | --- | ---: |
<#list e.tests as t>
| ${t.outcome.icon} ${t.outcome.text} | ${t.displayName} | ${t.points} / ${t.maxPoints} |
</#list>
<#list e.tests?filter(t -> t.charts?has_content) as t>
<#list t.charts as c>

**${msg.figure}: ${c.title}** (${t.displayName})

| <#list c.table.header as h>${h}<#sep> | </#sep></#list> |
| <#list c.table.header as h>---<#sep> | </#sep></#list> |
<#list c.table.rows as row>
| <#list row as v>${v}<#sep> | </#sep></#list> |
</#list>
</#list>
</#list>
<#list e.tests?filter(t -> t.explained) as t>

#### ${t.outcome.icon} ${t.outcome.text}: ${t.displayName} (${t.points} / ${t.maxPoints} ${msg.points})

${msg.test} ${md.code(t.name)}.
<#if t.rootCause?has_content>

**${msg.first}** ${t.rootCause}.
</#if>
<#if t.message?has_content>

${msg.why}:

${md.fence(t.message)}
</#if>
<#if t.hasCounterexample>

${msg.counterexample}<#if t.seed?has_content> (${msg.seed} ${md.code(t.seed)})</#if>:

${md.fence(t.counterexample)}
<#if t.originalSample?has_content>

${msg.beforeShrinking}:

${md.fence(t.originalSample)}
</#if>
</#if>
<#if t.hint?has_content>

> **${msg.hint}** ${t.hint}
</#if>
<#if t.output?has_content>

${msg.printed}:

${md.fence(t.output)}
</#if>
</#list>
</#if>
</#list>

---

${msg.generated}
