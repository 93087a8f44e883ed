import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

export interface MenuChoice {
  key: string;
  label: string;
}

interface Props {
  /** The button's accessible name: "Move Kazan to…". */
  label: string;
  /** What the button shows (an icon or a short word); the name above is what is read. */
  children: ReactNode;
  choices: readonly MenuChoice[];
  onChoose: (key: string) => void;
  className?: string;
}

/**
 * A button that opens a small menu (the ARIA menu button pattern): Enter, Space or Arrow Down open
 * it on the first item, Arrow Up on the last; arrows, Home and End move, Enter or a click chooses,
 * Escape or Tab closes, and focus goes back to the button. A click elsewhere closes it too. See
 * RatingControl for why Liaison's widgets are its own.
 */
export function MenuButton({ label, children, choices, onChoose, className }: Props) {
  const menuId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);
  const [open, setOpen] = useState<null | 'first' | 'last'>(null);

  const items = (): HTMLElement[] => Array.from(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? []);
  const close = (refocus: boolean) => {
    setOpen(null);
    if (refocus) button.current?.focus();
  };

  useEffect(() => {
    if (!open) return;
    const list = items();
    (open === 'first' ? list[0] : list[list.length - 1])?.focus();
    const onPointer = (event: PointerEvent) => {
      const target = event.target instanceof Node ? event.target : null;
      if (target && !menu.current?.contains(target) && !button.current?.contains(target)) setOpen(null);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  const onButtonKey = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(event.key === 'ArrowDown' ? 'first' : 'last');
    }
  };
  const onMenuKey = (event: KeyboardEvent<HTMLUListElement>) => {
    const list = items();
    const at = list.findIndex((item) => item === document.activeElement);
    const focus = (index: number) => list[(index + list.length) % list.length]?.focus();
    switch (event.key) {
      case 'ArrowDown':
        focus(at + 1);
        break;
      case 'ArrowUp':
        focus(at - 1);
        break;
      case 'Home':
        focus(0);
        break;
      case 'End':
        focus(list.length - 1);
        break;
      case 'Escape':
        close(true);
        break;
      case 'Tab':
        close(false);
        return;
      default:
        return;
    }
    event.preventDefault();
    event.stopPropagation();
  };

  return (
    <span className={`menu-button${className ? ` ${className}` : ''}`}>
      <button
        ref={button}
        type="button"
        className="menu-button-trigger"
        aria-label={label}
        aria-haspopup="menu"
        aria-expanded={open !== null}
        aria-controls={open ? menuId : undefined}
        onClick={() => (open ? close(false) : setOpen('first'))}
        onKeyDown={onButtonKey}
      >
        {children}
      </button>
      {open && (
        <ul ref={menu} id={menuId} role="menu" aria-label={label} className="menu-popover" onKeyDown={onMenuKey}>
          {choices.map((choice) => (
            <li
              key={choice.key}
              role="menuitem"
              tabIndex={-1}
              className="menu-item"
              onClick={() => {
                close(true);
                onChoose(choice.key);
              }}
              onKeyDown={(event) => {
                if (event.key !== 'Enter' && event.key !== ' ') return;
                event.preventDefault();
                close(true);
                onChoose(choice.key);
              }}
            >
              {choice.label}
            </li>
          ))}
        </ul>
      )}
    </span>
  );
}
