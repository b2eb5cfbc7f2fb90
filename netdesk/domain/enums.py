"""Vocabularies stored in the database as their string values.

Stored values are stable identifiers (never translated); the UI translates them.
"""

from enum import StrEnum


class Circle(StrEnum):
    PROFESSOR = "professor"
    CLASSMATE = "classmate"
    FRIEND = "friend"
    COWORKER = "coworker"
    FORMER_COWORKER = "former_coworker"
    MANAGER = "manager"
    MENTOR = "mentor"
    ALUMNI = "alumni"
    FAMILY = "family"
    NEIGHBOUR = "neighbour"
    MET_AT_EVENT = "met_at_event"
    RECRUITER = "recruiter"
    OTHER = "other"


class InteractionKind(StrEnum):
    MEETING = "meeting"
    CALL = "call"
    MESSAGE = "message"
    EMAIL = "email"
    EVENT = "event"
    SOCIAL = "social"
    INTRODUCTION = "introduction"
    OTHER = "other"


class Direction(StrEnum):
    GAVE = "gave"
    RECEIVED = "received"
    MUTUAL = "mutual"


class LinkKind(StrEnum):
    LINKEDIN = "linkedin"
    FACEBOOK = "facebook"
    TWITTER = "twitter"
    GITHUB = "github"
    WEBSITE = "website"


class EventKind(StrEnum):
    CONFERENCE = "conference"
    MEETUP = "meetup"
    ALUMNI = "alumni"
    JOB_FAIR = "job_fair"
    SOCIAL = "social"
    OTHER = "other"
