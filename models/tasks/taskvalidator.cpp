// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/tasks/taskvalidator.h"


#include "models/domain/period.h"
#include "models/domain/textfold.h"

QDate TaskValidator::parseDate(const QString &text)
{
    const QString t = text.trimmed();
    for (const QLatin1String format : {QLatin1String("d/M/yyyy"), QLatin1String("dd/MM/yyyy"),
                                       QLatin1String("yyyy-MM-dd"), QLatin1String("d.M.yyyy"),
                                       QLatin1String("d-M-yyyy")}) {
        const QDate d = QDate::fromString(t, format);
        if (d.isValid())
            return d;
    }
    return {};
}

QDate TaskValidator::deadlineFromText(const QString &text, bool *ok)
{
    const QString t = text.trimmed();
    if (t.isEmpty()) {
        *ok = true;
        return {};
    }
    const QDate date = parseDate(t);
    if (date.isValid()) {
        *ok = true;
        return date;
    }
    // The committee's own word for a task without a deadline.
    const QString folded = TextFold::fold(t);
    if (folded == QLatin1String("thuong xuyen") || folded == QLatin1String("standing")
        || folded == QLatin1String("ongoing")) {
        *ok = true;
        return {};
    }
    const Period period = Period::parse(t);
    *ok = period.isValid();
    return period.isValid() ? period.lastDay() : QDate();
}

QVector<TaskValidator::Problem> TaskValidator::validate(const TaskDraft &draft, const QDate &today, bool codeTaken)
{
    QVector<Problem> problems;
    const auto show = [](const QDate &d) { return d.toString(QStringLiteral("dd/MM/yyyy")); };

    if (draft.code.trimmed().isEmpty())
        problems.append({Field::Code, tr("Enter the task's code, e.g. NV-0272.")});
    else if (codeTaken)
        problems.append({Field::Code, tr("Another task already has the code %1.").arg(draft.code.trimmed())});
    if (draft.title.trimmed().isEmpty())
        problems.append({Field::Title, tr("Enter what the task is.")});
    if (draft.leadUnitId <= 0)
        problems.append({Field::LeadUnit, tr("Choose the lead unit: every task has one unit in charge.")});

    const bool recurring = draft.recurrence != QLatin1String("none");
    bool deadlineOk = true;
    const QDate deadline = recurring ? QDate() : deadlineFromText(draft.deadlineText, &deadlineOk);
    if (!deadlineOk) {
        problems.append({Field::Deadline,
                         tr("\"%1\" is not a date or a period. Write e.g. 30/09/2026, Quý III/2026 or Tháng 5/2026; "
                            "leave it empty for a standing task.")
                             .arg(draft.deadlineText.trimmed())});
    }
    if (recurring && !draft.assignedOn.isValid())
        problems.append({Field::AssignedOn, tr("A recurring task needs the date it was assigned: its first period "
                                               "starts then.")});
    if (draft.assignedOn.isValid() && deadline.isValid() && deadline < draft.assignedOn) {
        problems.append({Field::Deadline, tr("The deadline (%1) is before the date the task was assigned (%2).")
                                              .arg(show(deadline), show(draft.assignedOn))});
    }
    if (draft.completedOn.isValid()) {
        if (draft.completedOn > today)
            problems.append({Field::CompletedOn, tr("The completion date (%1) is in the future; record it once the "
                                                    "task is done.")
                                                     .arg(show(draft.completedOn))});
        else if (draft.assignedOn.isValid() && draft.completedOn < draft.assignedOn)
            problems.append({Field::CompletedOn, tr("The completion date (%1) is before the task was assigned (%2).")
                                                     .arg(show(draft.completedOn), show(draft.assignedOn))});
    }
    if (draft.assignedOn.isValid() && draft.assignedOn > today)
        problems.append({Field::AssignedOn, tr("The assignment date (%1) is in the future.").arg(show(draft.assignedOn))});
    if (!draft.documentNumber.trimmed().isEmpty() && !draft.documentDate.isValid())
        problems.append({Field::Document, tr("Give the date of document %1.").arg(draft.documentNumber.trimmed())});
    return problems;
}

QVector<TaskValidator::Problem> TaskValidator::validate(const ExtensionDraft &extension, const QDate &assignedOn,
                                                        const QDate &today)
{
    QVector<Problem> problems;
    const auto show = [](const QDate &d) { return d.toString(QStringLiteral("dd/MM/yyyy")); };
    bool ok = true;
    const QDate deadline = deadlineFromText(extension.deadlineText, &ok);
    if (extension.deadlineText.trimmed().isEmpty())
        problems.append({Field::Deadline, tr("Enter the new deadline.")});
    else if (!ok)
        problems.append({Field::Deadline, tr("\"%1\" is not a date or a period. Write e.g. 31/12/2026 or Quý IV/2026.")
                                              .arg(extension.deadlineText.trimmed())});
    else if (assignedOn.isValid() && deadline < assignedOn)
        problems.append({Field::Deadline, tr("The new deadline (%1) is before the date the task was assigned (%2).")
                                              .arg(show(deadline), show(assignedOn))});
    if (!extension.decidedOn.isValid())
        problems.append({Field::Deadline, tr("Enter the date the extension was decided.")});
    else if (extension.decidedOn > today)
        problems.append({Field::Deadline, tr("The extension's decision date (%1) is in the future.")
                                              .arg(show(extension.decidedOn))});
    if (!extension.documentNumber.trimmed().isEmpty() && !extension.documentDate.isValid())
        problems.append({Field::Document, tr("Give the date of document %1.").arg(extension.documentNumber.trimmed())});
    return problems;
}
