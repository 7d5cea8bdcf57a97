// SPDX-License-Identifier: GPL-3.0-or-later
#include "CodeLabels.h"

#include <QCoreApplication>

namespace ruqsat::records {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ruqsat::records", text);
}
} // namespace

QString label(ApplicationKind v)
{
    return v == ApplicationKind::Issue ? tr("Issue") : tr("Extension");
}

QString label(Channel v)
{
    switch (v) {
    case Channel::StateCorporation:
        return tr("State Corporation");
    case Channel::Egov:
        return tr("egov.kz");
    case Channel::Enbek:
        return tr("migration.enbek.kz");
    }
    return {};
}

QString label(CaseStatus v)
{
    switch (v) {
    case CaseStatus::Draft:
        return tr("Draft");
    case CaseStatus::Submitted:
        return tr("Submitted");
    case CaseStatus::RefusedIntake:
        return tr("Refused at intake");
    case CaseStatus::Accepted:
        return tr("Accepted");
    case CaseStatus::PoliceCheck:
        return tr("Police check");
    case CaseStatus::Issued:
        return tr("Permit issued");
    case CaseStatus::Extended:
        return tr("Permit extended");
    case CaseStatus::Refused:
        return tr("Refused");
    case CaseStatus::Withdrawn:
        return tr("Withdrawn");
    }
    return {};
}

QString label(PermitStatus v)
{
    switch (v) {
    case PermitStatus::InForce:
        return tr("In force");
    case PermitStatus::Extended:
        return tr("Extended");
    case PermitStatus::Expired:
        return tr("Expired");
    case PermitStatus::Revoked:
        return tr("Revoked");
    case PermitStatus::Terminated:
        return tr("Terminated");
    }
    return {};
}

QString label(DocumentState v)
{
    switch (v) {
    case DocumentState::Present:
        return tr("Present");
    case DocumentState::Missing:
        return tr("Missing");
    case DocumentState::Expired:
        return tr("Expired");
    case DocumentState::Invalid:
        return tr("Invalid");
    }
    return {};
}

QString label(Role v)
{
    switch (v) {
    case Role::Clerk:
        return tr("Clerk");
    case Role::Head:
        return tr("Head");
    case Role::Admin:
        return tr("Administrator");
    }
    return {};
}

} // namespace ruqsat::records
