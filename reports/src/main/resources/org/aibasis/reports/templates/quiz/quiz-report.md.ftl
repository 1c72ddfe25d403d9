<#ftl output_format="Markdown">
<#-- A student's quiz report as Markdown. Presentation only: values arrive formatted in QuizReportView. -->
<#assign l = report.labels>
# ${l.heading}: ${report.title} (${md.code(report.quiz)})

${l.student} ${md.code(report.student)}, ${l.attempt} ${report.attempt}: **${report.score} / ${report.maxScore} ${l.points} (${report.percent}%)**

## ${l.topics}

| ${l.topic} | ${l.questions} | ${l.score} | ${l.mastery} |
| --- | ---: | ---: | ---: |
<#list report.topics as t>
| ${md.code(t.topic)} | ${t.questions} | ${t.points} / ${t.maxPoints} | ${t.percent}% |
</#list>
<#if report.notes?has_content>

## ${l.notes}
<#list report.notes as n>

${md.fence(n)}
</#list>
</#if>
<#list report.questions as q>

## ${l.question} ${q.number} (${md.code(q.id)})

${q.outcome.icon} **${q.outcome.text}**: ${q.score} / ${q.maxPoints} ${l.points}<#if q.scheme?has_content> (${l.scheme}: ${q.scheme})</#if>

${q.text}
<#if q.options?has_content>

<#list q.options as o>
- **${o.letter}** ${o.text}<#if o.ticked> *(${l.ticked})*</#if><#if o.correct> ✓ ${l.correctOption}</#if>
</#list>
</#if>

- ${l.yourResponse}: ${q.response}
- ${l.key}: ${q.key}
<#if q.feedback?has_content>

### ${l.whatWentWrong}

<#list q.feedback as f>
- **${f.what}** ${f.option}<#if f.feedback?has_content>: ${f.feedback}</#if>
</#list>
</#if>

**${l.explanation}:** ${q.explanation}
</#list>
