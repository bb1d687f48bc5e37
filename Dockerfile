# One app node of the portal: gunicorn, production settings, static files collected and
# hashed in the image, nothing kept on its disk (media in S3-compatible storage, cache and
# sessions in Redis, data in PostgreSQL). See compose.yaml and docs/deploiement.md.
FROM python:3.11-slim-bookworm

ENV PYTHONUNBUFFERED=1 \
    UV_PROJECT_ENVIRONMENT=/app/.venv \
    DJANGO_SETTINGS_MODULE=angers_intl.settings.production

RUN pip install --no-cache-dir uv
WORKDIR /app
COPY pyproject.toml uv.lock ./
RUN uv sync --frozen --no-dev --no-install-project
COPY . .
# Collecting static files needs no database: a placeholder address keeps the settings quiet.
RUN DATABASE_URL=postgresql://collectstatic-needs-no-database/none SECRET_KEY=unused \
    .venv/bin/python manage.py collectstatic --no-input --verbosity 0

RUN useradd --system --uid 10001 portal
USER portal
EXPOSE 8000
HEALTHCHECK --interval=10s --timeout=3s --retries=3 \
    CMD .venv/bin/python -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/healthz', timeout=2)"
CMD [".venv/bin/gunicorn", "angers_intl.wsgi", "--bind", "0.0.0.0:8000", "--workers", "2", "--no-control-socket", "--access-logfile", "-"]
